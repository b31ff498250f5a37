// Stands in for tiny-inflate in the bundle: Node's zlib inflates the Unicode tables that
// pdfkit's line breaking and fontkit load at start-up in a fraction of tiny-inflate's time.
'use strict';
const { inflateRawSync } = require('node:zlib');

/** tiny-inflate's contract: raw DEFLATE `source` into `dest`, returned (shortened if less came out). */
module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  dest.set(out.subarray(0, dest.length));
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
};
