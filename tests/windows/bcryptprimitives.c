/* Wine 8 (Debian 12) has no bcryptprimitives.dll, from which Rust's standard library (1.78
   and later) takes ProcessPrng on Windows; every Windows 10 and 11 has it. This stand-in,
   built only for the Wine run of tests/windows/run.sh, forwards to RtlGenRandom. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len) {
    ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
    if (!SystemFunction036(data, n)) return FALSE;
    data += n;
    len -= n;
  }
  return TRUE;
}
