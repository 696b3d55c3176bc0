import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Answer, LearnerQuestion } from '@pathwise/assessment';
import { I18nService } from '../../i18n/i18n.service';
import { QuestionView } from './question-view';

@Component({
  imports: [QuestionView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-question-view
    [question]="question()"
    [(answer)]="answer"
    [disabled]="disabled()"
    viewId="t"
  />`,
})
class Host {
  readonly question = signal<LearnerQuestion>({
    type: 'true_false',
    stem: 'S',
  });
  readonly answer = signal<Answer | null>(null);
  readonly disabled = signal(false);
}

describe('QuestionView', () => {
  let fixture: ComponentFixture<Host>;
  let host: Host;
  let element: HTMLElement;

  function render(
    question: LearnerQuestion,
    answer: Answer | null = null,
  ): void {
    host.question.set(question);
    host.answer.set(answer);
    fixture.detectChanges();
  }

  function type(
    input: HTMLInputElement | HTMLTextAreaElement,
    text: string,
  ): void {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.inject(I18nService).choose('en');
    fixture = TestBed.createComponent(Host);
    host = fixture.componentInstance;
    element = fixture.nativeElement;
  });

  it('answers single choice with the chosen option and labels the group', () => {
    render({
      type: 'single_choice',
      stem: '<p>Grade A needs?</p>',
      options: [
        { id: 'a', text: '70%' },
        { id: 'c', text: '85%' },
      ],
    });
    const fieldset = element.querySelector('fieldset') as HTMLFieldSetElement;
    expect(fieldset.querySelector('legend')?.textContent).toContain(
      'Choose one answer.',
    );
    expect(fieldset.getAttribute('aria-describedby')).toBe('t-stem');
    expect(element.querySelector('#t-stem')?.textContent).toBe(
      'Grade A needs?',
    );
    const radios =
      element.querySelectorAll<HTMLInputElement>('input[type=radio]');
    radios[1].click();
    fixture.detectChanges();
    expect(host.answer()).toEqual({ optionId: 'c' });
  });

  it('answers multiple choice with the checked options in the order shown', () => {
    render({
      type: 'multiple_choice',
      stem: 'Documents?',
      options: [
        { id: 'id', text: 'ID' },
        { id: 'invoice', text: 'Invoice' },
        { id: 'box', text: 'Box' },
      ],
    });
    const boxes = element.querySelectorAll<HTMLInputElement>(
      'input[type=checkbox]',
    );
    boxes[1].click();
    fixture.detectChanges();
    boxes[0].click();
    fixture.detectChanges();
    expect(host.answer()).toEqual({ optionIds: ['id', 'invoice'] });
  });

  it('answers true/false with a boolean', () => {
    render({ type: 'true_false', stem: 'Locked phones can be traded in.' });
    const radios =
      element.querySelectorAll<HTMLInputElement>('input[type=radio]');
    radios[1].click();
    fixture.detectChanges();
    expect(host.answer()).toEqual({ value: false });
  });

  it('puts a labelled input at every blank of the text', () => {
    render({
      type: 'fill_blank',
      stem: 'Complete',
      text: '<p>Send it within [[days]] days to [[where]].</p>',
      blanks: [{ id: 'days' }, { id: 'where' }],
    });
    const inputs = element.querySelectorAll<HTMLInputElement>('input.qv-blank');
    expect([...inputs].map((i) => i.getAttribute('aria-label'))).toEqual([
      'Blank 1',
      'Blank 2',
    ]);
    type(inputs[0], '14');
    type(inputs[1], 'a store');
    expect(host.answer()).toEqual({ blanks: { days: '14', where: 'a store' } });
  });

  it('answers numerical with the raw text, unit appended', () => {
    render(
      {
        type: 'numerical',
        stem: 'Data?',
        units: ['GB', 'MB'],
        unitPolicy: 'optional',
      },
      { value: '30 GB' },
    );
    const input = element.querySelector<HTMLInputElement>(
      'input[inputmode=decimal]',
    ) as HTMLInputElement;
    expect(input.value).toBe('30');
    type(input, '40');
    expect(host.answer()).toEqual({ value: '40 GB' });
  });

  it('reorders with up and down buttons and announces the move', () => {
    render({
      type: 'ordering',
      stem: 'Order',
      items: [
        { id: 'x', text: 'Listen' },
        { id: 'y', text: 'Empathise' },
        { id: 'z', text: 'Resolve' },
      ],
    });
    const down = element.querySelector<HTMLButtonElement>(
      'button[aria-label="Move item 1 down"]',
    ) as HTMLButtonElement;
    down.click();
    fixture.detectChanges();
    expect(host.answer()).toEqual({ order: ['y', 'x', 'z'] });
    expect(element.querySelector('[aria-live=polite]')?.textContent).toContain(
      'from position 1 to 2 of 3',
    );
    // Moving the first item up changes nothing and keeps focus where it is.
    (
      element.querySelector(
        'button[aria-label="Move item 1 up"]',
      ) as HTMLButtonElement
    ).click();
    fixture.detectChanges();
    expect(host.answer()).toEqual({ order: ['y', 'x', 'z'] });
  });

  it('lets the order as shown be the answer', () => {
    render({
      type: 'ordering',
      stem: 'Order',
      items: [
        { id: 'x', text: 'A' },
        { id: 'y', text: 'B' },
      ],
    });
    const keep = [...element.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Keep this order'),
    );
    keep?.click();
    fixture.detectChanges();
    expect(host.answer()).toEqual({ order: ['x', 'y'] });
  });

  it('counts the words of an essay, Chinese characters included', () => {
    render({
      type: 'essay',
      stem: 'Explain',
      responseFormat: 'short',
      minWords: 3,
      maxWords: 50,
    });
    const area = element.querySelector('textarea') as HTMLTextAreaElement;
    type(area, '先道歉 then fix it');
    expect(host.answer()).toEqual({ text: '先道歉 then fix it' });
    expect(element.textContent).toContain('6 words');
    expect(element.textContent).toContain('Write between 3 and 50 words.');
  });

  it('answers each part of a scenario in its own section', () => {
    render({
      type: 'scenario',
      stem: 'Read the case',
      caseText: '<p>Ms Zhang was quoted ¥2,000.</p>',
      parts: [
        {
          id: 'p1',
          weight: 2,
          question: { type: 'true_false', stem: 'Regrade?' },
        },
        {
          id: 'p2',
          weight: 1,
          question: { type: 'essay', stem: 'Reply', responseFormat: 'short' },
        },
      ],
    });
    const sections = element.querySelectorAll('section.qv-part');
    expect(sections).toHaveLength(2);
    expect(sections[0].querySelector('h3')?.textContent).toContain(
      'Question 1 of 2',
    );
    (
      sections[0].querySelector('input[type=radio]') as HTMLInputElement
    ).click();
    fixture.detectChanges();
    type(sections[1].querySelector('textarea') as HTMLTextAreaElement, 'Sorry');
    expect(host.answer()).toEqual({
      parts: { p1: { value: true }, p2: { text: 'Sorry' } },
    });
  });

  it('shows a given answer read-only', () => {
    host.disabled.set(true);
    render(
      { type: 'fill_blank', stem: 'S', text: '[[a]]', blanks: [{ id: 'a' }] },
      { blanks: { a: 'key' } },
    );
    const input = element.querySelector('input.qv-blank') as HTMLInputElement;
    expect(input.value).toBe('key');
    expect(input.disabled).toBe(true);
  });

  it('ignores an answer of another type instead of failing', () => {
    render(
      {
        type: 'multiple_choice',
        stem: 'S',
        options: [
          { id: 'a', text: 'A' },
          { id: 'b', text: 'B' },
        ],
      },
      { value: true },
    );
    const boxes = element.querySelectorAll<HTMLInputElement>(
      'input[type=checkbox]',
    );
    expect([...boxes].some((b) => b.checked)).toBe(false);
  });
});
