import { run } from './action/main.js';

// Not a top-level await: webpack would wrap the whole bundle in an async module function that V8
// then compiles a second time, about 15 ms more at every start. run() reports its own errors.
void run();
