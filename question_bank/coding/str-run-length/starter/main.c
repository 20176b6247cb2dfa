#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read the string, then print its run-length encoding */
    return 0;
}
