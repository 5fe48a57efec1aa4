/** What a run of the offline command talks to: its output, the folder it runs in, the clock, LibreOffice. */
export interface RunIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Folder that relative paths start from (npm sets INIT_CWD to where the user ran it). */
  cwd: string;
  now: () => Date;
  /** Where LibreOffice is, or null (default: looked up on the PATH). */
  soffice?: () => string | null;
}
