import { TestBed } from '@angular/core/testing';
import { examAgentMessages } from '../learn/exams/exam-messages';
import { examInsightsMessages } from '../studio/exam-insights/exam-insights-messages';
import { examBuilderMessages } from '../studio/exams/exam-builder-messages';
import { AreaMessages } from './area-messages';
import { en } from './en';
import { I18nService, MessageKey, localeFromLanguageTag } from './i18n.service';
import { zhCN } from './zh-cn';

const STORAGE_KEY = 'pathwise.locale';

/** The parameter names a message uses, whether as `{name}` or as `{name, plural, …}`. */
function placeholders(text: string): string[] {
  return [
    ...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1])),
  ].sort();
}

describe('I18nService', () => {
  let languages: jest.SpyInstance;

  beforeEach(() => {
    localStorage.clear();
    languages = jest
      .spyOn(navigator, 'languages', 'get')
      .mockReturnValue(['en-US']);
    TestBed.resetTestingModule();
  });

  afterEach(() => languages.mockRestore());

  it('starts in the browser language when nothing is stored', () => {
    languages.mockReturnValue(['zh-CN', 'en']);
    const i18n = TestBed.inject(I18nService);
    expect(i18n.locale()).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('prefers the stored choice over the browser language', () => {
    languages.mockReturnValue(['zh-CN']);
    localStorage.setItem(STORAGE_KEY, 'en');
    expect(TestBed.inject(I18nService).locale()).toBe('en');
  });

  it('ignores a stored value that is not a supported locale', () => {
    localStorage.setItem(STORAGE_KEY, 'fr');
    languages.mockReturnValue(['fr-FR', 'zh-TW']);
    expect(TestBed.inject(I18nService).locale()).toBe('zh-CN');
  });

  it('switches every message at runtime, persists the choice and sets <html lang>', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('login.submit')).toBe('Sign in');

    i18n.choose('zh-CN');

    expect(i18n.locale()).toBe('zh-CN');
    expect(i18n.t('login.submit')).toBe('登录');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');

    i18n.choose('en');
    expect(i18n.t('login.submit')).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
  });

  it('fills in parameters', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('import.summary', { valid: 2, total: 3 })).toBe(
      '2 of 3 rows are valid.',
    );
    i18n.choose('zh-CN');
    expect(i18n.t('import.summary', { valid: 2, total: 3 })).toBe(
      '共 3 行，其中 2 行有效。',
    );
  });

  it('chooses plural forms by the rules of the locale', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('import.commit', { count: 1 })).toBe('Import 1 user');
    expect(i18n.t('import.commit', { count: 3 })).toBe('Import 3 users');
    expect(i18n.t('users.resultCount', { count: 0 })).toBe('No users found');
    i18n.choose('zh-CN');
    expect(i18n.t('import.commit', { count: 1 })).toBe('导入 1 位用户');
    expect(i18n.t('users.resultCount', { count: 0 })).toBe('未找到用户');
  });

  it('falls back to English, then to the key itself, when a message is missing', () => {
    const dictionary = zhCN as Partial<Record<MessageKey, string>>;
    const saved = dictionary['login.title'];
    delete dictionary['login.title'];
    const i18n = TestBed.inject(I18nService);
    i18n.choose('zh-CN');
    try {
      expect(i18n.t('login.title')).toBe(en['login.title']);
    } finally {
      dictionary['login.title'] = saved;
    }
    expect(i18n.t('no.such.key' as MessageKey)).toBe('no.such.key');
  });

  it('remembers an explicit choice until a session takes it, once', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.takePendingChoice()).toBe(false);
    i18n.choose('zh-CN');
    expect(i18n.takePendingChoice()).toBe(true);
    expect(i18n.takePendingChoice()).toBe(false);
  });

  it('applies the account locale and stores it for the next visit', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.applyAccountLocale('zh-CN');
    expect(i18n.locale()).toBe('zh-CN');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('zh-CN');
  });

  it('maps browser language tags to supported locales', () => {
    expect(localeFromLanguageTag('zh-Hans-CN')).toBe('zh-CN');
    expect(localeFromLanguageTag('en-GB')).toBe('en');
    expect(localeFromLanguageTag('de')).toBeNull();
    expect(localeFromLanguageTag(undefined)).toBeNull();
  });

  describe.each([
    ['core', { en, 'zh-CN': zhCN }],
    ['agent exams', examAgentMessages],
    ['exam builder', examBuilderMessages],
    ['exam insights', examInsightsMessages],
  ] as [string, AreaMessages][])(
    'the zh-CN dictionary (%s)',
    (_area, messages) => {
      const keys = Object.keys(messages.en);

      it('has every English key, and no others', () => {
        expect(Object.keys(messages['zh-CN']).sort()).toEqual([...keys].sort());
      });

      it.each(keys)('translates %s with the same placeholders', (key) => {
        expect(messages['zh-CN'][key].trim()).not.toBe('');
        expect(placeholders(messages['zh-CN'][key])).toEqual(
          placeholders(messages.en[key]),
        );
      });
    },
  );

  it('adds the messages an area registers when it loads, in both languages', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('exams.agent.title')).toBe('exams.agent.title');
    i18n.register(examAgentMessages);
    i18n.applyAccountLocale('en');
    expect(i18n.t('exams.agent.title')).toBe(
      examAgentMessages.en['exams.agent.title'],
    );
    i18n.applyAccountLocale('zh-CN');
    expect(i18n.t('exams.agent.title')).toBe(
      examAgentMessages['zh-CN']['exams.agent.title'],
    );
  });

  it('keeps the area messages apart from the core dictionary, so the first download stays small', () => {
    for (const area of [
      examAgentMessages,
      examBuilderMessages,
      examInsightsMessages,
    ]) {
      expect(Object.keys(area.en).filter((key) => key in en)).toEqual([]);
    }
  });
});
