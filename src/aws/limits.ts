// Lambda's documented limits.
export const DIRECT_UPLOAD_LIMIT = 50 * 1024 * 1024;
export const UNZIPPED_LIMIT = 250 * 1024 * 1024;
// Entries of a zip without zip64: the packer writes none, and a package that needs more is far beyond Lambda's limits.
export const ZIP_ENTRY_LIMIT = 0xffff;
export const MAX_LAYERS = 5;
export const DESCRIPTION_LIMIT = 256;
