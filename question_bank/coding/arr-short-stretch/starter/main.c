#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read n, S and the n values, then print the length of the shortest stretch with sum at least S (0 if none) */
    return 0;
}
