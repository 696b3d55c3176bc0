import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CanDeactivateFn } from '@angular/router';
import { of } from 'rxjs';
import { confirm } from '../../shared/confirm-dialog';
import { HasUnsavedChanges } from '../question-bank/question-editor/unsaved-changes.guard';

/** Asks before leaving the builder with changes that were not saved. */
export const examUnsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (
  component,
) =>
  component.hasUnsavedChanges()
    ? confirm(inject(MatDialog), {
        title: 'exams.builder.leave.title',
        message: 'exams.builder.leave.message',
        confirm: 'exams.builder.leave.confirm',
        destructive: true,
      })
    : of(true);
