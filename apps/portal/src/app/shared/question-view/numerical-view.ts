import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { LearnerNumericalQuestion, PartAnswer } from '@pathwise/assessment';
import { TranslatePipe } from '../../i18n/t.pipe';
import {
  NumericalInput,
  joinNumerical,
  readText,
  splitNumerical,
} from './answer-model';

/** A number, and the unit when the question has units. The raw text goes to the engine. */
@Component({
  selector: 'app-numerical-view',
  imports: [MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="qv-numerical">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'questionView.number' | t }}</mat-label>
        <input
          matInput
          type="text"
          inputmode="decimal"
          autocomplete="off"
          [aria-describedby]="stemId() ?? ''"
          [value]="parts().number"
          [disabled]="disabled()"
          (input)="onNumber($event)"
        />
      </mat-form-field>
      @if (question().units.length > 0) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'questionView.unit' | t }}</mat-label>
          <mat-select
            [value]="parts().unit"
            [disabled]="disabled()"
            (selectionChange)="update({ unit: $event.value })"
          >
            @if (question().unitPolicy === 'optional') {
              <mat-option value="">{{ 'questionView.noUnit' | t }}</mat-option>
            }
            @for (unit of question().units; track unit) {
              <mat-option [value]="unit">{{ unit }}</mat-option>
            }
          </mat-select>
          @if (question().unitPolicy === 'required') {
            <mat-hint>{{ 'questionView.unitRequired' | t }}</mat-hint>
          }
        </mat-form-field>
      }
    </div>
  `,
})
export class NumericalView {
  readonly question = input.required<LearnerNumericalQuestion>();
  readonly answer = input<unknown>(null);
  readonly disabled = input(false);
  readonly idPrefix = input.required<string>();
  readonly stemId = input<string>();
  readonly answerChange = output<PartAnswer>();

  protected readonly parts = computed(() =>
    splitNumerical(readText(this.answer(), 'value'), this.question().units),
  );

  protected onNumber(event: Event): void {
    this.update({ number: (event.target as HTMLInputElement).value });
  }

  protected update(change: Partial<NumericalInput>): void {
    this.answerChange.emit(joinNumerical({ ...this.parts(), ...change }));
  }
}
