#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read n and the n codes, then print the smallest distance between two equal codes, or -1 */
    return 0;
}
