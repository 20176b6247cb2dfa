#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read n, k and the n values, then print the best average of a stretch of at least k values */
    return 0;
}
