/**
 * zod as every schema of lsk-report is built with: without its JIT. zod
 * compiles a fast path for each object schema (with `new Function`) on its
 * first parse, deciding when the schema is built. A run parses each object
 * schema once or twice (config, statistics), so the compiling costs several
 * times what it saves. Rows are checked column by column and never take
 * that path.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
