// Prints what libbpf itself makes of an object's programs, one tab-separated line each:
// name, section, program type, expected attach type number and name.
#include <stdio.h>
#include <stdarg.h>
#include <bpf/libbpf.h>

static int quiet(enum libbpf_print_level level, const char *format, va_list args)
{
	return 0;
}

int main(int argc, char **argv)
{
	struct bpf_object *object;
	struct bpf_program *program;

	if (argc != 2) {
		fprintf(stderr, "usage: %s OBJECT\n", argv[0]);
		return 2;
	}
	libbpf_set_print(quiet);
	object = bpf_object__open_file(argv[1], NULL);
	if (!object) {
		fprintf(stderr, "libbpf cannot open %s\n", argv[1]);
		return 1;
	}
	bpf_object__for_each_program(program, object) {
		enum bpf_attach_type attach = bpf_program__expected_attach_type(program);
		const char *attach_name = libbpf_bpf_attach_type_str(attach);

		printf("%s\t%s\t%s\t%d\t%s\n", bpf_program__name(program), bpf_program__section_name(program),
		       libbpf_bpf_prog_type_str(bpf_program__type(program)), (int)attach,
		       attach_name ? attach_name : "");
	}
	bpf_object__close(object);
	return 0;
}
