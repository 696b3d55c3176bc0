import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Problem } from '@pathwise/assessment';
import { I18nService } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { QuestionBankApi } from '../question-bank-api';
import { ProblemTextPipe } from './problem-text';

let nextFieldId = 0;

/** Escapes text for an HTML attribute value. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Wraps the selection in a tag, or inserts an empty pair at the cursor. */
export function wrapSelection(
  text: string,
  start: number,
  end: number,
  tag: string,
): { text: string; cursor: number } {
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  const next =
    text.slice(0, start) +
    open +
    text.slice(start, end) +
    close +
    text.slice(end);
  return {
    text: next,
    cursor: end + open.length + (start === end ? 0 : close.length),
  };
}

/**
 * HTML as text, with a small toolbar (bold, italic, image). Trainers paste from Word or write a
 * few tags; the API sanitises whatever arrives, and the live preview shows how it renders.
 */
@Component({
  selector: 'app-rich-text-field',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTooltipModule,
    ProblemTextPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './rich-text-field.scss',
  template: `
    <div
      class="toolbar"
      role="toolbar"
      [attr.aria-label]="'editor.toolbar' | t: { field: label() }"
    >
      <button
        mat-button
        type="button"
        (click)="wrap('strong')"
        [attr.aria-label]="'editor.bold' | t"
      >
        <strong aria-hidden="true">B</strong>
      </button>
      <button
        mat-button
        type="button"
        (click)="wrap('em')"
        [attr.aria-label]="'editor.italic' | t"
      >
        <em aria-hidden="true">I</em>
      </button>
      @if (bankId()) {
        <button
          mat-button
          type="button"
          [disabled]="uploading()"
          (click)="imageInput.click()"
        >
          {{ (uploading() ? 'editor.uploading' : 'editor.insertImage') | t }}
        </button>
        <input
          #imageInput
          hidden
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          (change)="onImage($event)"
        />
      }
    </div>
    <mat-form-field appearance="outline" class="field">
      <mat-label>{{ label() }}</mat-label>
      <textarea
        #area
        matInput
        [id]="fieldId"
        [rows]="rows()"
        [required]="required()"
        [ngModel]="value()"
        (ngModelChange)="valueChange.emit($event)"
        [errorStateMatcher]="matcher()"
        [attr.data-testid]="testId()"
      ></textarea>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      @for (problem of problems(); track $index) {
        <mat-error>{{ problem | problemText }}</mat-error>
      }
    </mat-form-field>
    @if (uploadError()) {
      <p class="upload-error" role="alert">{{ uploadError() }}</p>
    }
  `,
})
export class RichTextField {
  private readonly api = inject(QuestionBankApi);
  private readonly i18n = inject(I18nService);

  readonly label = input.required<string>();
  readonly value = input<string>('');
  readonly rows = input(3);
  readonly required = input(false);
  readonly hint = input<string>();
  /** Without a bank (e.g. a read-only view) there is nowhere to upload images. */
  readonly bankId = input<string | null>(null);
  readonly problems = input<Problem[]>([]);
  readonly matcher = input<ErrorStateMatcher>({ isErrorState: () => false });
  readonly testId = input<string>();
  readonly valueChange = output<string>();

  protected readonly fieldId = `rich-text-${nextFieldId++}`;
  protected readonly uploading = signal(false);
  protected readonly uploadError = signal<string | null>(null);
  private readonly area =
    viewChild.required<ElementRef<HTMLTextAreaElement>>('area');

  protected wrap(tag: 'strong' | 'em'): void {
    const area = this.area().nativeElement;
    const result = wrapSelection(
      area.value,
      area.selectionStart,
      area.selectionEnd,
      tag,
    );
    this.replace(result.text, result.cursor);
  }

  protected onImage(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const bankId = this.bankId();
    if (!file || !bankId) return;
    this.uploading.set(true);
    this.uploadError.set(null);
    this.api.uploadFile(bankId, file).subscribe({
      next: (upload) => {
        this.uploading.set(false);
        const alt = file.name.replace(/\.[^.]+$/, '');
        this.insert(
          `<img src="${escapeAttribute(upload.url)}" alt="${escapeAttribute(alt)}">`,
        );
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.uploadError.set(this.i18n.t(errorMessageKey(error)));
      },
    });
  }

  /** Inserts HTML at the cursor (at the end when the field never had focus). */
  insert(html: string): void {
    const area = this.area().nativeElement;
    const start = area.selectionStart ?? area.value.length;
    const end = area.selectionEnd ?? start;
    const text = area.value.slice(0, start) + html + area.value.slice(end);
    this.replace(text, start + html.length);
  }

  private replace(text: string, cursor: number): void {
    const area = this.area().nativeElement;
    this.valueChange.emit(text);
    area.value = text;
    area.focus();
    area.setSelectionRange(cursor, cursor);
  }
}
