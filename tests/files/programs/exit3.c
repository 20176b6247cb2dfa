#include <stdio.h>
int main(void) { puts("partial"); return 3; }
