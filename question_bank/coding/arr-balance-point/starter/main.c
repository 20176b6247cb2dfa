#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read n and the n weights, then print the first balance point (1-based) or -1 */
    return 0;
}
