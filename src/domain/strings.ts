/**
 * Every Indonesian string the project shows lives in src/domain/strings/, so wording is
 * reviewed in one place and templates, the validator, the archive and the scripts say the
 * same thing the same way. Import from here.
 */
export * from './strings/labels.ts';
export * from './strings/checks.ts';
export * from './strings/site.ts';
export * from './strings/archive.ts';
export * from './strings/published.ts';
export * from './strings/editor.ts';
export * from './strings/catalogue.ts';
