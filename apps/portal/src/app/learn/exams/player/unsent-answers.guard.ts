import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CanDeactivateFn } from '@angular/router';
import { of } from 'rxjs';
import { confirm } from '../../../shared/confirm-dialog';
import type { ExamPlayerPage } from './exam-player-page';

/** Asks before leaving the player while answers exist only in this browser. */
export const unsentAnswersGuard: CanDeactivateFn<ExamPlayerPage> = (player) =>
  player.hasUnsentAnswers()
    ? confirm(inject(MatDialog), {
        title: 'exams.agent.leave.title',
        message: 'exams.agent.leave.message',
        confirm: 'exams.agent.leave.confirm',
        destructive: true,
      })
    : of(true);
