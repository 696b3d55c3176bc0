import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Locale, SUPPORTED_LOCALES } from '@pathwise/contracts';
import type { ExamAgentMessageKey } from '../learn/exams/exam-messages';
import type { ExamInsightsMessageKey } from '../studio/exam-insights/exam-insights-messages';
import type { ExamBuilderMessageKey } from '../studio/exams/exam-builder-messages';
import type { AreaMessages } from './area-messages';
import { en } from './en';
import { zhCN } from './zh-cn';

/** Every message: the core dictionary's, and those areas register when they load (area-messages.ts). */
export type MessageKey =
  | keyof typeof en
  | ExamAgentMessageKey
  | ExamBuilderMessageKey
  | ExamInsightsMessageKey;
export type MessageParams = Record<string, string | number>;

const STORAGE_KEY = 'pathwise.locale';

export function isLocale(value: unknown): value is Locale {
  return (
    typeof value === 'string' &&
    (SUPPORTED_LOCALES as readonly string[]).includes(value)
  );
}

/** Maps a browser language tag (`zh`, `zh-Hans-CN`, `en-GB`) to a supported locale. */
export function localeFromLanguageTag(
  tag: string | null | undefined,
): Locale | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return null;
}

/**
 * Runtime translations without a reload: the active locale is a signal, so every template that
 * reads a message re-renders when it changes.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly storage = safeLocalStorage();

  private readonly localeState = signal<Locale>(this.initialLocale());
  readonly locale = this.localeState.asReadonly();
  readonly otherLocale = computed<Locale>(() =>
    this.locale() === 'en' ? 'zh-CN' : 'en',
  );

  /**
   * Set when the person picks a language; the next sign-in keeps that choice and saves it to the
   * account instead of adopting the account's stored locale. Cleared when a session starts or
   * ends, so on a shared workstation one person's choice never lands on the next person's account.
   */
  private pendingChoice = false;

  private readonly dictionaries: Record<Locale, Record<string, string>> = {
    en: { ...en },
    'zh-CN': { ...zhCN },
  };

  constructor() {
    this.applyToDocument(this.locale());
  }

  /** Adds an area's messages (its routes do it when first entered). */
  register(messages: AreaMessages): void {
    Object.assign(this.dictionaries.en, messages.en);
    Object.assign(this.dictionaries['zh-CN'], messages['zh-CN']);
  }

  t(key: MessageKey, params?: MessageParams): string {
    const template =
      this.dictionaries[this.locale()][key] ?? this.dictionaries.en[key] ?? key;
    return params ? interpolate(template, params, this.locale()) : template;
  }

  /** A person's explicit choice: remembered in this browser. */
  choose(locale: Locale): void {
    this.pendingChoice = true;
    this.storage?.setItem(STORAGE_KEY, locale);
    this.apply(locale);
  }

  /** The signed-in account's locale. */
  applyAccountLocale(locale: Locale): void {
    this.storage?.setItem(STORAGE_KEY, locale);
    this.apply(locale);
  }

  /** Whether the person picked a language since the last session change; clears the flag. */
  takePendingChoice(): boolean {
    const pending = this.pendingChoice;
    this.pendingChoice = false;
    return pending;
  }

  private apply(locale: Locale): void {
    this.localeState.set(locale);
    this.applyToDocument(locale);
  }

  private applyToDocument(locale: Locale): void {
    this.document.documentElement.lang = locale;
  }

  private initialLocale(): Locale {
    const stored = this.storage?.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
    const nav = this.document.defaultView?.navigator;
    for (const tag of nav?.languages ?? [nav?.language]) {
      const locale = localeFromLanguageTag(tag);
      if (locale) return locale;
    }
    return 'en';
  }
}

const PLURAL =
  /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * `{name}` placeholders, plus the ICU plural subset the dictionaries need:
 * `{count, plural, =0 {none} one {# user} other {# users}}`, `#` standing for the number.
 */
function interpolate(
  template: string,
  params: MessageParams,
  locale: string,
): string {
  const withPlurals = template.replace(
    PLURAL,
    (match, name: string, cases: string) => {
      const value = Number(params[name]);
      if (!(name in params) || Number.isNaN(value)) return match;
      const options = new Map<string, string>();
      for (const [, key, text] of cases.matchAll(PLURAL_CASE))
        options.set(key, text);
      const text =
        options.get(`=${value}`) ??
        options.get(new Intl.PluralRules(locale).select(value)) ??
        options.get('other') ??
        '';
      return text.replace(/#/g, String(value));
    },
  );
  return withPlurals.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can throw in privacy modes; the language then lasts for the tab only.
    return null;
  }
}
