export * from './calendar.ts';
export * from './holidays.ts';
export * from './business-days.ts';
export * from './instants.ts';
