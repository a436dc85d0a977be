/* Holds a file open the way a PDF reader or Word does on Windows (others may read it, but not
   write, rename or delete it) until its standard input closes, for tests/windows/run.sh. */
#include <windows.h>
#include <stdio.h>

int wmain(int argc, wchar_t **argv) {
  if (argc != 2) return 2;
  HANDLE h = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
  if (h == INVALID_HANDLE_VALUE) {
    printf("cannot open: %lu\n", GetLastError());
    return 1;
  }
  printf("holding\n");
  fflush(stdout);
  while (getchar() != EOF) {
  }
  CloseHandle(h);
  return 0;
}
