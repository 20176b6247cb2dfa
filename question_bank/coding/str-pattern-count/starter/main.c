#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read the text and the pattern, then print the number of occurrences and the first and last positions */
    return 0;
}
