#!/usr/bin/env node
/**
 * The `firebreak` executable. Ctrl-C and SIGTERM are taken first, before the commands and their
 * libraries load (about a second): a signal in that time otherwise ended the process with
 * Node's default exit code 143 and no word.
 */
import { stopCleanlyOnSignals } from './interrupt.js';

stopCleanlyOnSignals();
const { main } = await import('./main.js');
const { reportAndExit } = await import('./user-error.js');
main().catch(reportAndExit);
