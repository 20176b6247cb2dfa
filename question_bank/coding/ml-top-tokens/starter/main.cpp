#include <bits/stdc++.h>
using namespace std;

int main() {
    int k;
    if (scanf("%d", &k) != 1) return 0;
    getchar();  // the newline after k
    int c;
    while ((c = getchar()) != EOF) {
        // split the corpus into tokens and count them
    }
    // print the k most frequent tokens as "token count"
}
