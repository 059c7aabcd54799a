export * from './common.ts';
export * from './body.ts';
export * from './law.ts';
export * from './unit.ts';
export * from './exemption.ts';
export * from './decree.ts';
export * from './sop.ts';
export * from './holidays.ts';
