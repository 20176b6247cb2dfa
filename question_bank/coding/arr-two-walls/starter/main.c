#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    /* read n and the n heights, then print the largest area */
    return 0;
}
