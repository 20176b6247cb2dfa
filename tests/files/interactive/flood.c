/* The program side: writes without end and never reads. */
#include <stdio.h>
#include <string.h>
int main(void) {
    char block[65536];
    memset(block, 'x', sizeof block);
    for (;;) fwrite(block, 1, sizeof block, stdout);
}
