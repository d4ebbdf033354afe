/** The official Data Package 2.0 profile (copied under tests/fixtures/schemas/), compiled with Ajv. */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const PROFILE = new URL('../fixtures/schemas/frictionless-datapackage-2.0.json', import.meta.url);

/** A validator for data package descriptors; `.errors` says what is wrong after a false. */
export function compileDataPackageProfile() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The profile marks descriptions as `textarea`, an editor hint rather than a format to check.
  ajv.addFormat('textarea', true);
  return ajv.compile(JSON.parse(readFileSync(PROFILE, 'utf8')) as object);
}
