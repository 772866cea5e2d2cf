/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
import { JsonValue } from '../types';

type Step =
  | { type: 'field'; name: string }
  | { type: 'index'; index: number }
  | { type: 'wildcard' }
  | { type: 'filter'; path: string[]; operator?: '==' | '!='; value?: string };

/**
 * Thrown for a jsonpath this evaluator cannot parse.
 * @public
 */
export class JsonPathSyntaxError extends Error {
  constructor(path: string, detail: string) {
    super(`invalid jsonpath "${path}": ${detail}`);
    this.name = 'JsonPathSyntaxError';
  }
}

function readQuoted(path: string, start: number): [string, number] {
  const quote = path[start];
  let i = start + 1;
  let out = '';
  while (i < path.length && path[i] !== quote) {
    if (path[i] === '\\' && i + 1 < path.length) {
      i++;
    }
    out += path[i];
    i++;
  }
  if (i >= path.length) {
    throw new JsonPathSyntaxError(path, 'unterminated string');
  }
  return [out, i + 1];
}

function parseFilter(path: string, body: string): Step {
  // Supports the filter forms people write in Cartographer selectors:
  // [?(@.name=="x")], [?(@.name!='x')] and the existence test [?(@.name)].
  const match = body.match(
    /^\?\(\s*@((?:\.[^.\s=!)]+)*)\s*(?:(==|!=)\s*(?:"([^"]*)"|'([^']*)'|([^\s)]+)))?\s*\)$/,
  );
  if (!match) {
    throw new JsonPathSyntaxError(path, `unsupported filter [${body}]`);
  }
  const [, fieldPath, operator, dq, sq, bare] = match;
  return {
    type: 'filter',
    path: fieldPath.split('.').filter(Boolean),
    operator: operator as '==' | '!=' | undefined,
    value: dq ?? sq ?? bare,
  };
}

/** Parses a jsonpath such as `spec.params[?(@.name=="x")].value`. */
function parse(path: string): Step[] {
  const text = path
    .trim()
    .replace(/^\{(.*)\}$/, '$1')
    .replace(/^\$/, '');
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '.') {
      i++;
      if (text[i] === '*') {
        steps.push({ type: 'wildcard' });
        i++;
        continue;
      }
      let name = '';
      while (i < text.length && text[i] !== '.' && text[i] !== '[') {
        if (text[i] === '\\' && i + 1 < text.length) {
          i++;
        }
        name += text[i];
        i++;
      }
      if (!name) {
        throw new JsonPathSyntaxError(path, `empty field name at ${i}`);
      }
      steps.push({ type: 'field', name });
    } else if (ch === '[') {
      if (text[i + 1] === "'" || text[i + 1] === '"') {
        const [name, next] = readQuoted(text, i + 1);
        if (text[next] !== ']') {
          throw new JsonPathSyntaxError(path, `expected ] at ${next}`);
        }
        steps.push({ type: 'field', name });
        i = next + 1;
        continue;
      }
      const close = text.indexOf(']', i);
      if (close < 0) {
        throw new JsonPathSyntaxError(path, 'unterminated [');
      }
      const body = text.slice(i + 1, close).trim();
      if (body === '*') {
        steps.push({ type: 'wildcard' });
      } else if (/^-?\d+$/.test(body)) {
        steps.push({ type: 'index', index: Number(body) });
      } else if (body.startsWith('?')) {
        // A filter may contain "]" inside quotes; find the closing ")]".
        const end = text.indexOf(')]', i);
        if (end < 0) {
          throw new JsonPathSyntaxError(path, 'unterminated filter');
        }
        steps.push(parseFilter(path, text.slice(i + 1, end + 1).trim()));
        i = end + 2;
        continue;
      } else {
        throw new JsonPathSyntaxError(path, `unsupported subscript [${body}]`);
      }
      i = close + 1;
    } else if (i === 0) {
      // Cartographer keys are written without a leading dot: "spec.image".
      steps.push(...parse(`.${text}`));
      return steps;
    } else {
      throw new JsonPathSyntaxError(path, `unexpected "${ch}" at ${i}`);
    }
  }
  return steps;
}

function childrenOf(value: JsonValue): JsonValue[] {
  if (Array.isArray(value)) {
    return value;
  }
  if (value !== null && typeof value === 'object') {
    return Object.values(value);
  }
  return [];
}

function readPath(value: JsonValue, path: string[]): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const name of path) {
    if (
      current === null ||
      typeof current !== 'object' ||
      Array.isArray(current)
    ) {
      return undefined;
    }
    current = current[name];
  }
  return current;
}

/** The text a filter compares; objects compare by their JSON. */
function filterText(value: JsonValue | undefined): string | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function applyStep(value: JsonValue, step: Step): JsonValue[] {
  switch (step.type) {
    case 'field':
      if (
        value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value)
      ) {
        return step.name in value ? [value[step.name]] : [];
      }
      return [];
    case 'index':
      if (Array.isArray(value)) {
        const index = step.index < 0 ? value.length + step.index : step.index;
        return index >= 0 && index < value.length ? [value[index]] : [];
      }
      return [];
    case 'wildcard':
      return childrenOf(value);
    case 'filter':
      return childrenOf(value).filter(item => {
        const found = readPath(item, step.path);
        if (!step.operator) {
          return found !== undefined && found !== null;
        }
        const text = filterText(found);
        return step.operator === '=='
          ? text === step.value
          : text !== step.value;
      });
    default:
      return [];
  }
}

/**
 * Evaluates a jsonpath against an object, returning every value it reaches
 * (an empty list when the path is missing). Covers the subset of Kubernetes
 * jsonpath used in Cartographer selectors: fields, quoted keys, indexes,
 * wildcards and simple filters.
 * @public
 */
export function evaluateJsonPath(object: unknown, path: string): JsonValue[] {
  let values: JsonValue[] = [object as JsonValue];
  for (const step of parse(path)) {
    values = values.flatMap(value => applyStep(value, step));
  }
  return values;
}
