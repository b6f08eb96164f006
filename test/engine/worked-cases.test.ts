import { federalWorkedCases } from './worked-cases.ts';
import { runWorkedCases } from './worked-cases-support.ts';

runWorkedCases('worked cases: federal and EU rules', federalWorkedCases);
