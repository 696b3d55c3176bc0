import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { AuthService } from '../auth/auth.service';
import { TranslatePipe } from '../i18n/t.pipe';
import { ComingSoonCard } from '../shared/coming-soon-card';

@Component({
  selector: 'app-studio-home',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    ComingSoonCard,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/area-home.scss',
  template: `
    <div class="page-header">
      <h1>{{ 'studio.title' | t }}</h1>
    </div>
    @if (user(); as u) {
      <p class="welcome" data-testid="welcome">
        {{ 'studio.welcome' | t: { name: u.displayName } }}
      </p>
    }
    <div class="card-grid">
      <app-coming-soon-card
        title="studio.courses.title"
        description="studio.courses.body"
        testId="card-courses"
      />
      <mat-card appearance="outlined" data-testid="card-banks">
        <mat-card-header>
          <h2 mat-card-title>{{ 'studio.banks.title' | t }}</h2>
        </mat-card-header>
        <mat-card-content>
          <p>{{ 'studio.banks.body' | t }}</p>
        </mat-card-content>
        <mat-card-actions>
          <a
            mat-flat-button
            routerLink="question-banks"
            data-testid="open-question-banks"
          >
            {{ 'studio.banks.open' | t }}
          </a>
        </mat-card-actions>
      </mat-card>
      <app-coming-soon-card
        title="studio.exams.title"
        description="studio.exams.body"
        testId="card-exams"
      />
    </div>
  `,
})
export class StudioHome {
  protected readonly user = inject(AuthService).user;
}
