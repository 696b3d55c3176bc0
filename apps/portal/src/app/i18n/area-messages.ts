import {
  EnvironmentProviders,
  inject,
  provideEnvironmentInitializer,
} from '@angular/core';
import { Locale } from '@pathwise/contracts';
import { I18nService } from './i18n.service';

/** One area's messages in every locale; zh-CN is typed against the English keys. */
export type AreaMessages<K extends string = string> = Record<
  Locale,
  Record<K, string>
>;

/**
 * Registers an area's messages when its lazily loaded routes are first entered, so they travel
 * in the area's chunk: an agent never downloads the trainer studio's words.
 */
export function provideAreaMessages(
  messages: AreaMessages,
): EnvironmentProviders {
  return provideEnvironmentInitializer(() =>
    inject(I18nService).register(messages),
  );
}
