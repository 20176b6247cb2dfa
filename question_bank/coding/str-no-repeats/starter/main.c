#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read the string, then print a rearrangement with no two equal neighbours, or IMPOSSIBLE */
    return 0;
}
