/**
 * zod as every schema of lsk-report is built with: without its JIT. zod
 * compiles a fast path for each object schema (with `new Function`) on its
 * first parse, deciding when the schema is built. A run parses each object
 * schema once or twice (config, statistics), so the compiling costs more
 * than it saves: 24 ms against 6 ms for the statistics. Rows are checked
 * column by column and never take that path.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
