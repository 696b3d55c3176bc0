import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '../../../i18n/i18n.service';
import { DraftIssue, issueLocation } from './draft-issues';

/** An issue in the reader's language; the API's own field messages are shown as sent. */
@Pipe({ name: 'issueText', pure: false })
export class IssueTextPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(issue: DraftIssue): string {
    return issue.key
      ? this.i18n.t(issue.key, issue.params)
      : (issue.text ?? '');
  }
}

@Pipe({ name: 'issueLocation', pure: false })
export class IssueLocationPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(issue: DraftIssue): string {
    return issueLocation(issue.field, (key, params) =>
      this.i18n.t(key, params),
    );
  }
}
