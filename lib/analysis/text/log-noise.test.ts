/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { classifyText } from '../classify-text';

// Every fixture file, including those added after this test was written.
const fixtureFiles = import.meta.glob<{ id: string; text: string }[]>('./fixtures/*.json', { eager: true, import: 'default' });
const FIXTURES = Object.values(fixtureFiles).flat();

// What a job's log prints around its failure on every run, in the formats its tools print it: the SageMaker
// Python SDK's status lines as fit() streams them (and its tail after the failure), the training toolkit's
// INFO lines and pip's output, the toolkit's environment dump, TensorFlow's start-up warnings (CPU features,
// the CUDA runtime it does not find on a CPU instance, a large allocation), NCCL's INFO lines (its optional
// network plugin not found), transformers' start-up warnings and progress, and torch.distributed's
// rendezvous warnings. None of it says why a job failed.
const LOG_NOISE: Record<string, string> = {
  fitTail: `2023-10-16 12:10:01 Uploading - Uploading generated training model
2023-10-16 12:10:12 Failed - Training job failed
ProfilerReport-1697457750: Stopping`,
  fitStatus: `2023-10-16 12:02:30 Starting - Starting the training job...
2023-10-16 12:02:55 Starting - Preparing the instances for training...
2023-10-16 12:03:40 Downloading - Downloading input data...
2023-10-16 12:04:10 Downloading - Downloading the training image...
2023-10-16 12:06:40 Training - Training image download completed. Training in progress.`,
  toolkit: `2023-10-16 12:06:41,320 sagemaker-training-toolkit INFO     Imported framework sagemaker_pytorch_container.training
2023-10-16 12:06:41,344 sagemaker-training-toolkit INFO     No GPUs detected (normal if no gpus installed)
2023-10-16 12:06:41,355 sagemaker_pytorch_container.training INFO     Block until all host DNS lookups succeed.
2023-10-16 12:06:41,362 sagemaker_pytorch_container.training INFO     Invoking user training script.
2023-10-16 12:06:41,701 sagemaker-training-toolkit INFO     Installing dependencies from requirements.txt:
/opt/conda/bin/python3.8 -m pip install -r requirements.txt
Requirement already satisfied: transformers==4.26.0 in /opt/conda/lib/python3.8/site-packages (from -r requirements.txt (line 1)) (4.26.0)
WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv
2023-10-16 12:06:45,101 sagemaker-training-toolkit INFO     Waiting for the process to finish and give a return code.
2023-10-16 12:06:45,102 sagemaker-training-toolkit INFO     Done waiting for a return code. Received 0 from exiting process.
2023-10-16 12:06:45,133 sagemaker-training-toolkit INFO     Invoking user script`,
  trainingEnv: `Training Env:
{
    "additional_framework_parameters": {},
    "channel_input_dirs": {"train": "/opt/ml/input/data/train", "test": "/opt/ml/input/data/test"},
    "current_host": "algo-1",
    "framework_module": "sagemaker_pytorch_container.training:main",
    "hosts": ["algo-1"],
    "hyperparameters": {"epochs": 3, "model_name": "distilbert-base-uncased", "output_dir": "/opt/ml/checkpoints"},
    "input_config_dir": "/opt/ml/input/config",
    "input_data_config": {"train": {"TrainingInputMode": "File", "S3DistributionType": "FullyReplicated", "RecordWrapperType": "None"}},
    "input_dir": "/opt/ml/input",
    "is_master": true,
    "job_name": "huggingface-pytorch-training-2023-10-16-12-02-30-123",
    "log_level": 20,
    "model_dir": "/opt/ml/model",
    "module_dir": "s3://sagemaker-us-east-1-111122223333/huggingface-pytorch-training-2023-10-16-12-02-30-123/source/sourcedir.tar.gz",
    "network_interface_name": "eth0",
    "num_cpus": 8, "num_gpus": 1,
    "output_data_dir": "/opt/ml/output/data",
    "output_dir": "/opt/ml/output",
    "output_intermediate_dir": "/opt/ml/output/intermediate",
    "resource_config": {"current_host": "algo-1", "hosts": ["algo-1"], "network_interface_name": "eth0"},
    "user_entry_point": "train.py"
}
Environment variables:
SM_HOSTS=["algo-1"]
SM_NETWORK_INTERFACE_NAME=eth0
SM_HPS={"epochs":3,"model_name":"distilbert-base-uncased"}
SM_CHANNEL_TRAIN=/opt/ml/input/data/train
SM_OUTPUT_DATA_DIR=/opt/ml/output/data
Invoking script with the following command:
/opt/conda/bin/python3.8 train.py --epochs 3 --model_name distilbert-base-uncased`,
  tfWarnings: `2023-10-16 12:06:50.123456: I tensorflow/core/platform/cpu_feature_guard.cc:193] This TensorFlow binary is optimized with oneAPI Deep Neural Network Library (oneDNN) to use the following CPU instructions in performance-critical operations:  AVX2 AVX512F FMA
To enable them in other operations, rebuild TensorFlow with the appropriate compiler flags.
2023-10-16 12:06:51.000001: W tensorflow/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library 'libcudart.so.11.0'; dlerror: libcudart.so.11.0: cannot open shared object file: No such file or directory
2023-10-16 12:06:51.000002: I tensorflow/stream_executor/cuda/cudart_stub.cc:29] Ignore above cudart dlerror if you do not have a GPU set up on your machine.
2023-10-16 12:06:52.000003: W tensorflow/core/framework/cpu_allocator_impl.cc:82] Allocation of 1207959552 exceeds 10% of free system memory.`,
  ncclInfo: `algo-1:52:52 [0] NCCL INFO Bootstrap : Using eth0:10.0.104.15<0>
algo-1:52:52 [0] NCCL INFO NET/Plugin : Plugin load (libnccl-net.so) returned 2 : libnccl-net.so: cannot open shared object file: No such file or directory
algo-1:52:52 [0] NCCL INFO NET/Plugin : No plugin found, using internal implementation
algo-1:52:52 [0] NCCL INFO cudaDriverVersion 12020
NCCL version 2.18.3+cuda12.1
algo-1:52:120 [0] NCCL INFO NET/OFI Using aws-ofi-nccl 1.7.1-aws
algo-1:52:120 [0] NCCL INFO Using network AWS Libfabric`,
  hfWarnings: `Some weights of the model checkpoint at bert-base-uncased were not used when initializing BertForSequenceClassification: ['cls.predictions.bias']
- This IS expected if you are initializing BertForSequenceClassification from the checkpoint of a model trained on another task or with another architecture.
Some weights of BertForSequenceClassification were not initialized from the model checkpoint at bert-base-uncased and are newly initialized: ['classifier.weight', 'classifier.bias']
You should probably TRAIN this model on a down-stream task to be able to use it for predictions and inference.
/opt/conda/lib/python3.8/site-packages/transformers/optimization.py:306: FutureWarning: This implementation of AdamW is deprecated and will be removed in a future version. Use the PyTorch implementation torch.optim.AdamW instead, or set \`no_deprecation_warning=True\` to disable this warning
Downloading (…)lve/main/config.json: 100%|██████████| 570/570 [00:00<00:00, 85.2kB/s]
Downloading model.safetensors: 100%|██████████| 440M/440M [00:02<00:00, 190MB/s]
***** Running training *****
  Num examples = 25000
  Num Epochs = 3
  Instantaneous batch size per device = 32
{'loss': 0.3105, 'learning_rate': 4.5e-05, 'epoch': 0.64}`,
  torchWarnings: `/opt/conda/lib/python3.8/site-packages/torch/utils/data/dataloader.py:554: UserWarning: This DataLoader will create 8 worker processes in total. Our suggested max number of worker in current system is 4, which is smaller than what this DataLoader is going to create. Please be aware that excessive worker creation might get DataLoader running slow or even freeze, lower the worker number to avoid potential slowness/freeze if necessary.
[W socket.cpp:601] [c10d] The client socket has failed to connect to [localhost]:29500 (errno: 99 - Cannot assign requested address).
WARNING:torch.distributed.run:
*****************************************
Setting OMP_NUM_THREADS environment variable for each process to be 1 in default, to avoid your system being overloaded, please further tune the variable for optimal performance in your application as needed.
*****************************************`,
};

const causeOf = (text: string) => classifyText({ failureReason: text }).cause;

describe('a failure pasted with the log around it reads as the failure alone', () => {
  it.each(Object.keys(LOG_NOISE))('over every fixture, with %s', (name) => {
    const noise = LOG_NOISE[name] ?? '';
    // The SDK's tail follows the failure; everything else is printed before it.
    const changed = FIXTURES.flatMap((f) => {
      const text = name === 'fitTail' ? `${f.text}\n${noise}` : `${noise}\n${f.text}`;
      const [alone, pasted] = [causeOf(f.text), causeOf(text)];
      return alone === pasted ? [] : [`${f.id}: ${alone} -> ${pasted}`];
    });
    expect(changed).toEqual([]);
  });

  it.each(Object.keys(LOG_NOISE))('%s alone says nothing', (name) => {
    expect(causeOf(LOG_NOISE[name] ?? '')).toBe('unknown');
  });
});

describe('a reading asks the lines near its match, not the whole log', () => {
  it("a connection to the loopback interface is skipped, and a real one after it still read", () => {
    const warning = '[W socket.cpp:601] [c10d] The client socket has failed to connect to [localhost]:29500 (errno: 99 - Cannot assign requested address).';
    expect(causeOf(`${warning}\nValueError: bad`)).toBe('user-code');
    expect(causeOf(`${warning}\nbotocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://s3.us-east-1.amazonaws.com/b?list-type=2"`)).toBe('vpc');
  });

  it("a read timeout's host is the one on its lines, not a URL elsewhere in the log", () => {
    expect(causeOf(`${LOG_NOISE.toolkit}\nReadTimeoutError:Read timeout on endpoint...`)).toBe('unknown');
  });

  it("a Rust panic's own host stops the reading, a host elsewhere in the log does not", () => {
    const panic = "thread 'tokio-runtime-worker' panicked at router/src/infer.rs:598:14";
    expect(causeOf(`${LOG_NOISE.toolkit}\n${panic}`)).toBe('user-code');
    expect(causeOf(`${panic}:\ncalled \`Result::unwrap()\` on an \`Err\` value: reqwest::Error { url: "https://huggingface.co/api/models/x" }`)).toBe('unknown');
  });

  it('a value that is not a number is read by its own traceback, not the hyperparameters the log printed', () => {
    expect(causeOf(`${LOG_NOISE.trainingEnv}\nCould not convert string to float.`)).toBe('data');
    expect(causeOf('File "train.py", line 12, in <module>\n    lr = float(args.hyperparameters["lr"])\nValueError: could not convert string to float: \'1e-3x\'')).not.toBe('data');
  });

  it("an AWS code printed bare after a long log is still read", () => {
    expect(causeOf(`${LOG_NOISE.trainingEnv}\nRequestLimitExceeded: Request limit exceeded.`)).toBe('throttling');
  });
});
