// Stands in for the brotli package in the bundle: fontkit needs it only for WOFF2 fonts, and
// Node's own zlib decompresses Brotli, so 1.3 MB of JavaScript decoder and dictionary go.
'use strict';
const { brotliDecompressSync } = require('node:zlib');

/** brotli/decompress.js's contract: the decompressed bytes of `buffer`. */
module.exports = function decompress(buffer) {
  return brotliDecompressSync(buffer);
};
