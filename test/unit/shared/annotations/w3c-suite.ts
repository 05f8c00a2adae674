import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

/** The repo's copy of the W3C Web Annotation test suite (never ../shared at test time). */
export const W3C_SUITE_DIR = new URL('../../../fixtures/w3c/', import.meta.url);

/** One assertion of the suite, compiled. */
export interface W3cCheck {
  name: string;
  assertionType: string;
  expectsValid: boolean;
  errorMessage: string;
  validate: ValidateFunction;
}

interface AssertionSchema {
  assertionType?: string;
  expectedResult?: string;
  errorMessage?: string;
}

function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(new URL(relativePath, W3C_SUITE_DIR), 'utf8'));
}

/**
 * Compiles every assertion listed in the given .test files, the way the suite's validate-w3c.js does:
 * draft-04 schemas, all definitions registered, formats on, the suite's own keywords tolerated.
 */
export function loadW3cChecks(testFiles: readonly string[]): W3cCheck[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of readdirSync(new URL('definitions/', W3C_SUITE_DIR))) {
    if (file.endsWith('.json')) ajv.addSchema(readJson(`definitions/${file}`) as object);
  }
  const checks: W3cCheck[] = [];
  for (const testFile of testFiles) {
    const test = readJson(testFile) as { assertions: unknown[] };
    for (const assertionPath of test.assertions.flat() as string[]) {
      const schema = readJson(assertionPath) as AssertionSchema & object;
      checks.push({
        name: assertionPath.split('/').pop()!,
        assertionType: schema.assertionType ?? 'must',
        expectsValid: (schema.expectedResult ?? 'valid') === 'valid',
        errorMessage: schema.errorMessage ?? '',
        validate: ajv.compile(schema),
      });
    }
  }
  return checks;
}

/** The outcome of running the MUST assertions over a list of items. */
export interface W3cMustReport {
  items: number;
  assertionsPerItem: number;
  assertionsRun: number;
  failures: { index: number; id: unknown; check: string; message: string }[];
}

/** Runs every MUST assertion of `checks` on every item. */
export function runMusts(checks: readonly W3cCheck[], items: readonly unknown[]): W3cMustReport {
  const musts = checks.filter((check) => check.assertionType === 'must');
  const failures: W3cMustReport['failures'] = [];
  items.forEach((item, index) => {
    for (const check of musts) {
      if (check.validate(item) !== check.expectsValid) {
        failures.push({
          index,
          id: (item as { id?: unknown }).id,
          check: check.name,
          message: check.errorMessage,
        });
      }
    }
  });
  return {
    items: items.length,
    assertionsPerItem: musts.length,
    assertionsRun: musts.length * items.length,
    failures,
  };
}

/** The annotation checks validate-w3c.js runs (MUSTs are filtered from both lists, as it does). */
export function loadAnnotationChecks(): W3cCheck[] {
  return loadW3cChecks(['annotations/annotationMusts.test', 'annotations/annotationOptionals.test']);
}
