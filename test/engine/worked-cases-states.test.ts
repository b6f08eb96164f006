import { stateWorkedCases as alToNv } from './worked-cases-states-1.ts';
import { stateWorkedCases as nhToMp } from './worked-cases-states-2.ts';
import { runWorkedCases } from './worked-cases-support.ts';

runWorkedCases('worked cases: state rules AL to NV', alToNv);
runWorkedCases('worked cases: state rules NH to the territories', nhToMp);
