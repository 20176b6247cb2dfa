#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read the line of brackets, then print OK or the position of the first error */
    return 0;
}
