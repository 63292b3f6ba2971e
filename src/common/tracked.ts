/**
 * Things a step has started and must finish or undo (an upload, a function between two updates): it adds each as it
 * starts and removes it once done, and the caller keeps the list where the post step finds what is left.
 */
export interface RecordList<T> {
  add(entry: T): void;
  remove(entry: T): void;
}
