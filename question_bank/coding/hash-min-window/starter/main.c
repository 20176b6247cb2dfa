#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read s and t, then print the length and start of the shortest window of s containing t, or -1 */
    return 0;
}
