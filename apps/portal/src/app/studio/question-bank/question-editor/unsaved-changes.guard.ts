import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CanDeactivateFn } from '@angular/router';
import { of } from 'rxjs';
import { confirm } from '../../../shared/confirm-dialog';

export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving an editor with changes that were not saved. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (
  component,
) =>
  component.hasUnsavedChanges()
    ? confirm(inject(MatDialog), {
        title: 'editor.leave.title',
        message: 'editor.leave.message',
        confirm: 'editor.leave.confirm',
        destructive: true,
      })
    : of(true);
