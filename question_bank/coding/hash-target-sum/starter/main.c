#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read n, k and the n values, then print how many contiguous subarrays sum to exactly k */
    return 0;
}
