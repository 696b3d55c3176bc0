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
      <mat-card appearance="outlined" data-testid="card-exams">
        <mat-card-header>
          <h2 mat-card-title>{{ 'studio.exams.title' | t }}</h2>
        </mat-card-header>
        <mat-card-content>
          <p>{{ 'exams.builder.home.examsBody' | t }}</p>
        </mat-card-content>
        <mat-card-actions>
          <a mat-flat-button routerLink="exams" data-testid="open-exams">
            {{ 'exams.builder.home.openExams' | t }}
          </a>
        </mat-card-actions>
      </mat-card>
      <mat-card appearance="outlined" data-testid="card-grading">
        <mat-card-header>
          <h2 mat-card-title>{{ 'exams.builder.home.gradingTitle' | t }}</h2>
        </mat-card-header>
        <mat-card-content>
          <p>{{ 'exams.builder.home.gradingBody' | t }}</p>
        </mat-card-content>
        <mat-card-actions>
          <a mat-flat-button routerLink="grading" data-testid="open-grading">
            {{ 'exams.builder.home.openGrading' | t }}
          </a>
        </mat-card-actions>
      </mat-card>
    </div>
  `,
})
export class StudioHome {
  protected readonly user = inject(AuthService).user;
}
