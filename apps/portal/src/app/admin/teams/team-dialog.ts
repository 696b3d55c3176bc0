import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ErrorCode, Role, TeamSummary, UserSummary } from '@pathwise/contracts';
import { catchError, map, of } from 'rxjs';
import { MessageKey } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/t.pipe';
import {
  apiErrorCode,
  applyFieldErrors,
  errorMessageKey,
} from '../../shared/api-error';
import { TeamsApi } from '../../teams/teams-api';
import { UsersApi } from '../../users/users-api';

export interface TeamDialogData {
  /** Absent when creating. */
  team?: TeamSummary;
}

@Component({
  selector: 'app-team-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .form-message {
      color: var(--mat-sys-error);
    }
  `,
  template: `
    <h2 mat-dialog-title>
      {{ (team ? 'teams.dialog.editTitle' : 'teams.dialog.createTitle') | t }}
    </h2>
    <form
      [formGroup]="form"
      (ngSubmit)="save()"
      novalidate
      data-testid="team-form"
    >
      <mat-dialog-content>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'teams.field.name' | t }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" required />
          @if (form.controls.name.hasError('required')) {
            <mat-error>{{ 'validation.required' | t }}</mat-error>
          } @else if (form.controls.name.hasError('taken')) {
            <mat-error>{{ 'error.TEAM_NAME_TAKEN' | t }}</mat-error>
          } @else if (form.controls.name.hasError('maxlength')) {
            <mat-error>{{ 'validation.tooLong' | t }}</mat-error>
          } @else if (form.controls.name.hasError('server')) {
            <mat-error>{{ form.controls.name.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'teams.field.description' | t }}</mat-label>
          <textarea matInput formControlName="description" rows="3"></textarea>
          @if (form.controls.description.hasError('server')) {
            <mat-error>{{
              form.controls.description.getError('server')
            }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'teams.field.supervisor' | t }}</mat-label>
          <mat-select
            formControlName="supervisorId"
            data-testid="supervisor-select"
          >
            <mat-option [value]="null">{{
              'teams.noSupervisor' | t
            }}</mat-option>
            @for (user of supervisors(); track user.id) {
              <mat-option [value]="user.id"
                >{{ user.displayName }} ({{ user.email }})</mat-option
              >
            }
          </mat-select>
          @if (form.controls.supervisorId.hasError('server')) {
            <mat-error>{{
              form.controls.supervisorId.getError('server')
            }}</mat-error>
          }
        </mat-form-field>
        <div class="form-message" role="alert">
          @if (errorKey(); as key) {
            {{ key | t }}
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'common.cancel' | t }}
        </button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="saving()"
          data-testid="save-team"
        >
          {{ (team ? 'common.save' : 'teams.dialog.create') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class TeamDialog {
  private readonly api = inject(TeamsApi);
  private readonly dialogRef = inject(
    MatDialogRef<TeamDialog, { name: string }>,
  );
  protected readonly team = inject<TeamDialogData>(MAT_DIALOG_DATA).team;

  /** Only people who hold the supervisor role can lead a team. */
  protected readonly supervisors = toSignal(
    inject(UsersApi)
      .list({ role: Role.Supervisor, active: true, pageSize: 100 })
      .pipe(
        map((page) => page.items),
        catchError(() => of<UserSummary[]>([])),
      ),
    { initialValue: [] as UserSummary[] },
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [
      this.team?.name ?? '',
      [Validators.required, Validators.maxLength(120)],
    ],
    description: [this.team?.description ?? ''],
    supervisorId: [this.team?.supervisor?.id ?? (null as string | null)],
  });
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const request = {
      name: v.name.trim(),
      description: v.description.trim() || null,
      supervisorId: v.supervisorId,
    };
    this.saving.set(true);
    this.errorKey.set(null);
    const save$ = this.team
      ? this.api.update(this.team.id, request)
      : this.api.create({
          ...request,
          description: request.description ?? undefined,
        });
    save$.subscribe({
      next: (saved) => this.dialogRef.close({ name: saved.name }),
      error: (error: unknown) => {
        this.saving.set(false);
        if (apiErrorCode(error) === ErrorCode.TeamNameTaken) {
          this.form.controls.name.setErrors({ taken: true });
          this.form.controls.name.markAsTouched();
          return;
        }
        applyFieldErrors(this.form, error);
        this.errorKey.set(errorMessageKey(error));
      },
    });
  }
}
