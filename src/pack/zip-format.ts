// The records of a zip, by their signatures, as both the packer and the reader of a given .zip meet them.
export const LOCAL = 0x04034b50;
export const DESCRIPTOR = 0x08074b50;
export const CENTRAL = 0x02014b50;
export const END = 0x06054b50;
export const END64 = 0x06064b50;
export const END64_LOCATOR = 0x07064b50;

// Compression methods.
export const STORED = 0;
export const DEFLATED = 8;

// Unix file types of an entry's mode (the high half of its external attributes).
export const FILE_TYPE = 0o170000;
export const SYMLINK = 0o120000;
export const DIRECTORY = 0o040000;
