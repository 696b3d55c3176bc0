import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';

const SHORTCUTS: { keys: string[]; does: MessageKey }[] = [
  { keys: ['1', '…', '9'], does: 'exams.agent.keys.choose' },
  { keys: ['Page Down', '→'], does: 'exams.agent.keys.next' },
  { keys: ['Page Up', '←'], does: 'exams.agent.keys.previous' },
  { keys: ['F'], does: 'exams.agent.keys.flag' },
];

/** The player's keyboard shortcuts, one line each. */
@Component({
  selector: 'app-shortcuts-help',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    kbd {
      display: inline-block;
      min-width: 1.2em;
      margin: 0 2px 2px 0;
      padding: 1px 6px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      font: var(--mat-sys-label-medium);
      text-align: center;
    }
  `,
  template: `
    <h2 mat-dialog-title>{{ 'exams.agent.keys.title' | t }}</h2>
    <mat-dialog-content>
      <table>
        <thead>
          <tr>
            <th scope="col">{{ 'exams.agent.keys.key' | t }}</th>
            <th scope="col">{{ 'exams.agent.keys.action' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (shortcut of shortcuts; track shortcut.does) {
            <tr>
              <td>
                @for (key of shortcut.keys; track key) {
                  <kbd>{{ key }}</kbd>
                }
              </td>
              <td>{{ shortcut.does | t }}</td>
            </tr>
          }
        </tbody>
      </table>
      <p>{{ 'exams.agent.keys.note' | t }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close cdkFocusInitial>
        {{ 'common.close' | t }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ShortcutsHelp {
  protected readonly shortcuts = SHORTCUTS;
}
