import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthService } from '../auth/auth.service';
import { TranslatePipe } from '../i18n/t.pipe';
import { ComingSoonCard } from '../shared/coming-soon-card';

@Component({
  selector: 'app-studio-home',
  imports: [ComingSoonCard, TranslatePipe],
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
      <app-coming-soon-card
        title="studio.banks.title"
        description="studio.banks.body"
        testId="card-banks"
      />
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
