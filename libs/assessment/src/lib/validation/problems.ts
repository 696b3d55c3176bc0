export interface Problem {
  /** Where, e.g. `options[2].fraction`; empty for the question itself. */
  path: string;
  /** Stable, for a UI to translate, e.g. `single_choice.correct_count`. */
  code: string;
  /** A sentence a trainer understands. */
  message: string;
}

export const LIMITS = {
  stem: 20_000,
  caseText: 50_000,
  text: 5_000,
  feedback: 5_000,
  acceptedValue: 500,
  unit: 30,
  listItems: 100,
  parts: 30,
} as const;

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/u;

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function own(obj: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Collects problems while reading an untrusted question definition. */
export class Reader {
  readonly problems: Problem[] = [];

  add(path: string, code: string, message: string): void {
    this.problems.push({ path, code, message });
  }

  text(obj: Obj, key: string, path: string, max: number, options: { optional?: boolean; allowEmpty?: boolean } = {}): string | undefined {
    const value = own(obj, key);
    const where = at(path, key);
    if (value === undefined || value === null) {
      if (!options.optional) this.add(where, 'field.required', `${label(key)} is required.`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.add(where, 'field.not_text', `${label(key)} must be text.`);
      return undefined;
    }
    if (!options.allowEmpty && !options.optional && value.trim() === '') this.add(where, 'field.empty', `${label(key)} cannot be empty.`);
    if (value.length > max) this.add(where, 'field.too_long', `${label(key)} may have at most ${max} characters; it has ${value.length}.`);
    return value;
  }

  number(obj: Obj, key: string, path: string, options: { optional?: boolean; min?: number; max?: number; integer?: boolean; code?: string } = {}): number | undefined {
    const value = own(obj, key);
    const where = at(path, key);
    if (value === undefined || value === null) {
      if (!options.optional) this.add(where, 'field.required', `${label(key)} is required.`);
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || (options.integer && !Number.isInteger(value))) {
      this.add(where, 'field.not_number', `${label(key)} must be a ${options.integer ? 'whole ' : ''}number.`);
      return undefined;
    }
    const { min, max } = options;
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      const range = max === undefined ? `at least ${min}` : min === undefined ? `at most ${max}` : `between ${min} and ${max}`;
      this.add(where, options.code ?? 'field.out_of_range', `${label(key)} must be ${range}; it is ${value}.`);
    }
    return value;
  }

  boolean(obj: Obj, key: string, path: string, optional = true): boolean | undefined {
    const value = own(obj, key);
    if (value === undefined || value === null) {
      if (!optional) this.add(at(path, key), 'field.required', `${label(key)} is required.`);
      return undefined;
    }
    if (typeof value !== 'boolean') this.add(at(path, key), 'field.not_boolean', `${label(key)} must be true or false.`);
    return typeof value === 'boolean' ? value : undefined;
  }

  choice<T extends string>(obj: Obj, key: string, path: string, allowed: readonly T[]): T | undefined {
    const value = own(obj, key);
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.add(at(path, key), value === undefined ? 'field.required' : 'field.unknown_value', `${label(key)} must be one of: ${allowed.join(', ')}.`);
    return undefined;
  }

  /** A list of objects; problems for non-objects, an empty array when missing. */
  list(obj: Obj, key: string, path: string, max: number): { item: Obj; path: string }[] {
    const value = own(obj, key);
    const where = at(path, key);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.add(where, 'field.not_list', `${label(key)} must be a list.`);
      return [];
    }
    if (value.length > max) this.add(where, 'field.too_many', `${label(key)} may have at most ${max} entries; it has ${value.length}.`);
    const items: { item: Obj; path: string }[] = [];
    value.forEach((item: unknown, index) => {
      if (isObj(item)) items.push({ item, path: at(where, index) });
      else this.add(at(where, index), 'field.not_object', `Entry ${index + 1} of ${label(key).toLowerCase()} is malformed.`);
    });
    return items;
  }

  /** Reads `id` on each entry and reports malformed or repeated ids. */
  ids(entries: { item: Obj; path: string }[], what: string): string[] {
    const seen = new Set<string>();
    return entries.map(({ item, path }) => {
      const id = own(item, 'id');
      if (typeof id !== 'string' || !ID.test(id)) {
        this.add(at(path, 'id'), 'id.invalid', `Each ${what} needs an id of letters, digits, "_", "." or "-" (at most 64, starting with a letter or digit).`);
        return '';
      }
      if (seen.has(id)) this.add(at(path, 'id'), 'id.duplicate', `Two ${what}s have the same id "${id}"; ids must be unique.`);
      seen.add(id);
      return id;
    });
  }
}

function label(key: string): string {
  const words = key.replace(/([A-Z])/gu, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
