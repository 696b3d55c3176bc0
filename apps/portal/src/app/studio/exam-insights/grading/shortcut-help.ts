import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../../../i18n/t.pipe';

/** The grading keys, always in view beside the answer. */
@Component({
  selector: 'app-shortcut-help',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 12px;
      margin: 0;
    }
    dd {
      margin: 0;
    }
    kbd {
      display: inline-block;
      padding: 0 6px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface);
    }
    .note {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 12px 0 0;
    }
  `,
  template: `
    <h2 id="shortcuts-heading">{{ 'insights.shortcuts.title' | t }}</h2>
    <dl aria-labelledby="shortcuts-heading">
      <dt><kbd>1</kbd>–<kbd>9</kbd></dt>
      <dd>{{ 'insights.shortcuts.level' | t }}</dd>
      <dt><kbd>J</kbd> / <kbd>↓</kbd></dt>
      <dd>{{ 'insights.shortcuts.next' | t }}</dd>
      <dt><kbd>K</kbd> / <kbd>↑</kbd></dt>
      <dd>{{ 'insights.shortcuts.previous' | t }}</dd>
      <dt><kbd>Ctrl</kbd> + <kbd>Enter</kbd></dt>
      <dd>{{ 'insights.shortcuts.save' | t }}</dd>
      <dt><kbd>S</kbd></dt>
      <dd>{{ 'insights.shortcuts.skip' | t }}</dd>
    </dl>
    <p class="note">{{ 'insights.shortcuts.typing' | t }}</p>
  `,
})
export class ShortcutHelp {}
