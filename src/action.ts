import { runAction } from './entries/action.js';

await runAction();
